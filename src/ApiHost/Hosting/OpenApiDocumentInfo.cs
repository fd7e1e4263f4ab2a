using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GrainMarketing.ApiHost.Hosting;

/// <summary>The OpenAPI document's title, description and tag descriptions, and its server URL without the trailing slash.</summary>
/// <remarks>
/// A tag an endpoint group names without a description here leaves the document failing the OpenAPI lint
/// (tools/openapi-lint), so a new area cannot arrive undescribed.
/// </remarks>
public sealed class OpenApiDocumentInfo : IOpenApiDocumentTransformer
{
    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["Auth"] = "Accounts, sign-in, access and refresh tokens, password resets.",
        ["Tenants"] = "Tenants and their settings: time zone, currency and the daily schedule.",
        ["Members"] = "A tenant's members, their roles and invitations.",
        ["API keys"] = "A tenant's API keys for machines, each with a scope (read, ingest or admin).",
        ["Audit"] = "Who changed what in a tenant, and when.",
        ["Ingestion"] = "Sending ad metrics, customer transactions and offer engagements as JSON, NDJSON or CSV.",
        ["Campaigns"] = "Campaigns over a window: sums, KPIs, daily series, breakdowns and their settings.",
        ["Analytics"] = "The tenant's totals, top campaigns, and demographic and geographic segments ranked by a metric.",
        ["Currencies"] = "Exchange rates into the tenant's currency per day: set by hand or derived from the ECB reference rates; answers across campaigns convert with them and name the rates used.",
        ["Live"] = "Server-sent events once a second: today's KPIs and what changed.",
        ["Rules"] = "Automation rules: versions, templates, previews against a target and backtests over stored days. Money thresholds act in the currency of what they judge: a campaign's own (its budget's too), a segment's in the tenant's.",
        ["Automation"] = "What the rules did: firings, deferrals, reversals and misses with their evidence, and each campaign's controls.",
        ["Profiles"] = "Customers' live behaviour profiles, behaviour segments and their entries and exits.",
        ["Offers"] = "The offers a customer sees now, and their deliveries, views, clicks and conversions.",
        ["Offer campaigns"] = "Offer campaigns: drafts, their lifecycle and targets, and results with the uplift over the holdout.",
        ["Analysis"] = "The daily behaviour analysis: its runs, what they decided, and its settings.",
        ["Alerts"] = "Alert channels (webhook, Slack, email) and the alerts sent, with every delivery attempt.",
        ["Anomalies"] = "Anomalies detected in the tenant's, platforms' and campaigns' series, feedback on them and the detectors' settings.",
        ["Forecasts"] = "Daily forecasts with conformal intervals and their backtest, and campaigns' pacing against budget.",
        ["Budget"] = "Campaigns' response curves, and budget splits proposed on them and applied.",
        ["Predictions"] = "The campaign-outcome model's versions and training, and predictions for a planned campaign.",
        ["Creatives"] = "A campaign's creatives and formats: CTR and CVR trends, frequency where reach is reported, fatigue with the day it began, and rankings with significance.",
        ["Experiments"] = "A/B tests: required sample size, live per-variant results with intervals, probability best, always-valid p-values and the verdict.",
        ["Benchmarks"] = "The tenant's CTR, CPC, CVR and CPA per platform against published industry figures for its industry.",
        ["Competitors"] = "Imported Google Ads auction insights and Meta Ad Library files: each competitor's impression share, overlap and outranking, or ads and spend, over time, and alerts when they jump.",
        ["Audience"] = "Demographic and interest segments with CPA and ROAS intervals, tests against the rest, saturation and weekly trends.",
        ["Recommendations"] = "What to do next, with evidence, expected impact and its interval, confidence and priority; accept, dismiss or apply through the rules.",
        ["Connections"] = "Ad platform connections: OAuth consent with PKCE or a system-user token, the grant kept encrypted and renewed, and the accounts chosen to sync.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "GrainMarketing API";
        document.Info.Description =
            "Real-time marketing analytics: ad metrics and customer events in, campaign and audience figures, automation rules, "
            + "alerts, anomalies, forecasts, budget proposals and predictions out, every figure per tenant.";
        foreach (var tag in document.Tags ?? Enumerable.Empty<OpenApiTag>())
        {
            if (tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description))
            {
                tag.Description = description;
            }
        }

        // The URL is the request's base address; paths start with a slash, so one at the end would double it.
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        return Task.CompletedTask;
    }
}
