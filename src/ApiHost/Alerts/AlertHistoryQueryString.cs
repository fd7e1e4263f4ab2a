using GrainMarketing.Alerts;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Automation;
using GrainMarketing.Errors;
using Microsoft.AspNetCore.Mvc;

namespace GrainMarketing.ApiHost.Alerts;

/// <summary>The query string of <c>GET /api/v1/tenants/{tenant}/alerts</c> as sent.</summary>
/// <remarks>Values are read as text so that every bad one is named at once; an empty value counts as absent.</remarks>
public sealed class AlertHistoryQueryString : HistoryPageQueryString
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    /// <summary>Alerts of this severity: info, warning, error or critical.</summary>
    [FromQuery(Name = "severity")]
    public string? Severity { get; set; }

    /// <summary>Alerts of this kind, such as <c>rule.fired</c> or <c>channel.test</c>.</summary>
    [FromQuery(Name = "kind")]
    public string? Kind { get; set; }

    /// <summary>Alerts with a delivery to the channel of this name.</summary>
    [FromQuery(Name = "channel")]
    public string? Channel { get; set; }

    /// <summary>Alerts in this state: pending, delivered, failed, suppressed or unrouted.</summary>
    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    /// <summary>Alerts the rule with this id raised.</summary>
    [FromQuery(Name = "ruleId")]
    public string? RuleId { get; set; }

    /// <summary>The query; a <see cref="ValidationFailedException"/> naming every bad value otherwise.</summary>
    public AlertHistoryQuery ToQuery()
    {
        var errors = new ValidationErrors();
        var severity = QueryValues.Named<AlertSeverity>(Severity, "severity", "info, warning, error or critical", errors);
        var status = QueryValues.Named<AlertStatus>(Status, "status", "pending, delivered, failed, suppressed or unrouted", errors);
        var ruleId = QueryValues.Id(RuleId, "ruleId", "a rule id", errors);
        var page = ReadPage(errors, DefaultLimit, MaxLimit);
        errors.ThrowIfAny();
        return new AlertHistoryQuery
        {
            Severity = severity,
            Kind = QueryValues.Given(Kind),
            Channel = QueryValues.Given(Channel),
            Status = status,
            RuleId = ruleId,
            From = page.From,
            To = page.To,
            Limit = page.Limit,
            Before = page.Before,
        };
    }
}
