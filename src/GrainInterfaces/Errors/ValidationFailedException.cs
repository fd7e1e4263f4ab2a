namespace GrainMarketing.Errors;

/// <summary>Input broke one or more rules (HTTP 400). <see cref="Errors"/> maps each offending field, named as it appears in the JSON body, to every reason it was refused.</summary>
[GenerateSerializer, Alias("GrainMarketing.ValidationFailedException")]
public sealed class ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
    : DomainException("One or more fields are invalid: " + string.Join(", ", errors.Keys))
{
    [Id(0)] public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
