using GrainMarketing.Audit;
using GrainMarketing.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrainMarketing.Automation;

/// <summary>The silo's services every <see cref="RuleJudge"/> uses; grains that judge rules take this and start their judge on activation.</summary>
public sealed class RuleJudging(
    RuleSetCache rules,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock,
    IOptions<AutomationOptions> options,
    AutomationInstruments instruments,
    IFiringLog firings,
    IAuditLog audit,
    IGrainFactory grains,
    ILogger<RuleJudge> logger)
{
    /// <summary>Gives <paramref name="grain"/> its judge; <paramref name="kind"/> tags the judgements' metrics (campaign, segment).</summary>
    public RuleJudge Start(IGrainBase grain, string kind, IPersistentState<AutomationState> automation, LostWriteGuard writes, IRuleSubject subject) =>
        new(grain, kind, automation, writes, subject, new RuleJudge.Services(rules, clock, options.Value, instruments, firings, audit, grains, logger));
}
