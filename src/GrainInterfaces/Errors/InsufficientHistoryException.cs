namespace GrainMarketing.Errors;

/// <summary>A model, forecast or fit needs more history than the tenant has (HTTP 409); <see cref="Missing"/> names what is short.</summary>
[GenerateSerializer, Alias("GrainMarketing.InsufficientHistoryException")]
public sealed class InsufficientHistoryException(string message, IReadOnlyDictionary<string, string> missing)
    : DomainException(message)
{
    /// <summary>Each missing requirement by name (for example <c>days</c>) with what is needed and what there is.</summary>
    [Id(0)] public IReadOnlyDictionary<string, string> Missing { get; } = missing;
}
