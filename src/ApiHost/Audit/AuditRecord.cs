namespace GrainMarketing.ApiHost.Audit;

/// <summary>An entry as the log stored it: <see cref="Id"/> grows with every entry and is the paging cursor.</summary>
public sealed record AuditRecord(long Id, AuditEntry Entry);
