using Microsoft.Extensions.Logging;

namespace GrainMarketing.Analysis;

public sealed partial class BehaviorAnalysisGrain
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {TenantId} analysis {RunId} started ({Trigger})")]
    private partial void LogStarted(string tenantId, Guid runId, AnalysisTrigger trigger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {TenantId} analysis {RunId} {Status}: {Customers} customers, {Refreshed} refreshed, {Created} campaigns created")]
    private partial void LogFinished(string tenantId, Guid runId, AnalysisRunStatus status, int customers, int refreshed, int created);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {TenantId} analysis {RunId}: {Step} in {Milliseconds} ms")]
    private partial void LogStep(string tenantId, Guid runId, string step, long milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Tenant {TenantId} analysis {RunId} failed")]
    private partial void LogFailed(Exception exception, string tenantId, Guid runId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tenant {TenantId} analysis {RunId}: refreshing the customers the threshold moved stopped; the rest judge again at their next purchase or the next run")]
    private partial void LogRefreshStopped(Exception exception, string tenantId, Guid runId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tenant {TenantId} analysis {RunId} could not be stored; the grain's state keeps it")]
    private partial void LogNotStored(Exception exception, string tenantId, Guid runId);
}
