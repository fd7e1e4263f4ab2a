namespace GrainMarketing.Audit;

/// <summary>An entry as the log stored it: <see cref="Id"/> grows with every entry and is the paging cursor.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.AuditRecord")]
public sealed record AuditRecord(
    [property: Id(0)] long Id,
    [property: Id(1)] AuditEntry Entry);
