using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Automation;
using GrainMarketing.Errors;
using GrainMarketing.Insights.Anomalies;
using Microsoft.AspNetCore.Mvc;

namespace GrainMarketing.ApiHost.Insights.Anomalies;

/// <summary>The query string of <c>GET /api/v1/tenants/{tenant}/anomalies</c> as sent.</summary>
/// <remarks>Values are read as text so that every bad one is named at once; an empty value counts as absent.</remarks>
public sealed class AnomalyQueryString : HistoryPageQueryString
{
    /// <summary>Anomalies of campaigns or of the tenant's totals: campaign or tenant.</summary>
    [FromQuery(Name = "level")]
    public string? Level { get; set; }

    /// <summary>Anomalies of this series: a campaign's key (tenant/platform/campaign) or the tenant's slug.</summary>
    [FromQuery(Name = "id")]
    public string? Id { get; set; }

    /// <summary>Anomalies of this metric: spend, impressions, ctr, cpc, cpa, conversions or conversionValue.</summary>
    [FromQuery(Name = "metric")]
    public string? Metric { get; set; }

    /// <summary>Anomalies of this severity: info, warning, error or critical.</summary>
    [FromQuery(Name = "severity")]
    public string? Severity { get; set; }

    /// <summary>Anomalies in this state: open, real or falsePositive.</summary>
    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    /// <summary>The anomalies of one incident: the <c>groupId</c> every anomaly of it carries.</summary>
    [FromQuery(Name = "group")]
    public string? Group { get; set; }

    /// <summary>The query; a <see cref="ValidationFailedException"/> naming every bad value otherwise.</summary>
    public AnomalyQuery ToQuery()
    {
        var errors = new ValidationErrors();
        var level = QueryValues.Named<AnomalyLevel>(Level, "level", "campaign or tenant", errors);
        var metric = QueryValues.Named<AnomalyMetric>(Metric, "metric", "spend, impressions, ctr, cpc, cpa, conversions or conversionValue", errors);
        var severity = QueryValues.Named<AlertSeverity>(Severity, "severity", "info, warning, error or critical", errors);
        var status = QueryValues.Named<AnomalyStatus>(Status, "status", "open, real or falsePositive", errors);
        var group = QueryValues.Id(Group, "group", "an anomaly's groupId", errors);
        var page = ReadPage(errors, AnomalyQuery.DefaultLimit, AnomalyQuery.MaxLimit);
        errors.ThrowIfAny();
        return new AnomalyQuery
        {
            Level = level,
            SeriesId = QueryValues.Given(Id),
            Metric = metric,
            Severity = severity,
            Status = status,
            From = page.From,
            To = page.To,
            Limit = page.Limit,
            Before = page.Before,
            GroupId = group,
        };
    }
}
