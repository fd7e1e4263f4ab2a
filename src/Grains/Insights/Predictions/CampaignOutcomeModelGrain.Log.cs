using Microsoft.Extensions.Logging;

namespace GrainMarketing.Insights.Predictions;

public sealed partial class CampaignOutcomeModelGrain
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {TenantId} campaign-outcome training run {RunId} queued ({Trigger})")]
    private partial void LogQueued(string tenantId, Guid runId, TrainingTrigger trigger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {TenantId} campaign-outcome model version {Version} trained; live {Live}: {Reason}")]
    private partial void LogTrained(string tenantId, int version, bool live, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tenant {TenantId} campaign-outcome training run {RunId} failed")]
    private partial void LogFailed(Exception failure, string tenantId, Guid runId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {TenantId}: {Pruned} older model packages pruned (the live version and the newest {Kept} keep theirs)")]
    private partial void LogPruned(string tenantId, int pruned, int kept);

    [LoggerMessage(Level = LogLevel.Error, Message = "Tenant {TenantId} training run {RunId} could not be stored; it stays in memory")]
    private partial void LogNotStored(Exception failure, string tenantId, Guid runId);
}
