namespace GrainMarketing.Errors;

/// <summary>The addressed entity does not exist (HTTP 404).</summary>
[GenerateSerializer, Alias("GrainMarketing.NotFoundException")]
public sealed class NotFoundException(string entity, string id)
    : DomainException($"{entity} '{id}' does not exist.")
{
    [Id(0)] public string Entity { get; } = entity;

    [Id(1)] public string EntityId { get; } = id;
}
