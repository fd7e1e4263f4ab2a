namespace GrainMarketing.Errors;

/// <summary>The request clashes with the entity's current state, such as a duplicate create (HTTP 409).</summary>
[GenerateSerializer, Alias("GrainMarketing.ConflictException")]
public sealed class ConflictException(string message) : DomainException(message);
