using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Automation;
using Microsoft.AspNetCore.Mvc;

namespace GrainMarketing.ApiHost.Automation;

/// <summary>The query string of the rule history endpoints as sent; every bad value is named at once.</summary>
public sealed class HistoryQueryString : HistoryPageQueryString
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    /// <summary>One rule's entries (on <c>/automation/history</c>; the rule's own history has it in its path).</summary>
    [FromQuery(Name = "ruleId")]
    public string? RuleId { get; set; }

    /// <summary>One target: <c>meta:916</c>, or <c>meta:916/adset/12</c> and <c>meta:916/creative/77</c> for parts.</summary>
    [FromQuery(Name = "target")]
    public string? Target { get; set; }

    /// <summary><c>fired</c>, <c>deferred</c>, <c>reversed</c> or <c>missed</c>.</summary>
    [FromQuery(Name = "kind")]
    public string? Kind { get; set; }

    /// <summary><c>true</c> for dry-run entries only, <c>false</c> for live ones only.</summary>
    [FromQuery(Name = "dryRun")]
    public string? DryRun { get; set; }

    public FiringQuery ToQuery(Guid? ruleId = null)
    {
        var errors = new ValidationErrors();
        ruleId ??= QueryValues.Id(RuleId, "ruleId", "a rule id", errors);
        var kind = QueryValues.Named<FiringKind>(Kind, "kind", "fired, deferred, reversed or missed", errors);
        var dryRun = QueryValues.Flag(DryRun, "dryRun", errors);
        var target = QueryValues.Given(Target);
        if (target is { Length: > 300 })
        {
            errors.Add("target", "At most 300 characters.");
        }

        var page = ReadPage(errors, DefaultLimit, MaxLimit);
        errors.ThrowIfAny();
        return new FiringQuery(page.Limit, ruleId, target, kind, page.From, page.To, page.Before, dryRun);
    }
}
