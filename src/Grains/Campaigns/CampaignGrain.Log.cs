using Microsoft.Extensions.Logging;

namespace GrainMarketing.Campaigns;

public sealed partial class CampaignGrain
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Rule {Rule} fired on {Target} (dry run: {DryRun})")]
    private static partial void LogFired(ILogger logger, string rule, string target, bool dryRun);
}
