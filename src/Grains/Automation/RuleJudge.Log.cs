using Microsoft.Extensions.Logging;

namespace GrainMarketing.Automation;

public sealed partial class RuleJudge
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Rule {Rule} fired on {Target} (dry run: {DryRun})")]
    private static partial void LogFired(ILogger logger, string rule, string target, bool dryRun);
}
