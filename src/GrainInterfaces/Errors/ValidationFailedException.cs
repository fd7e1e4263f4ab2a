namespace GrainMarketing.Errors;

/// <summary>Input broke one or more rules (HTTP 400). <see cref="Errors"/> maps each offending field, named as it appears in the JSON body, to every reason it was refused.</summary>
/// <param name="total">How many problems were found, when <paramref name="errors"/> lists only the first of them.</param>
[GenerateSerializer, Alias("GrainMarketing.ValidationFailedException")]
public sealed class ValidationFailedException(IReadOnlyDictionary<string, string[]> errors, int? total = null)
    : DomainException("One or more fields are invalid: " + string.Join(", ", errors.Keys))
{
    [Id(0)] public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    /// <summary>Every problem found, listed in <see cref="Errors"/> or not; at least the number listed.</summary>
    [Id(1)] public int Total { get; } = Math.Max(total ?? 0, errors.Count);
}
