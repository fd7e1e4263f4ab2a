using GrainMarketing.ApiHost.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace GrainMarketing.ApiHost.Insights;

/// <summary>The query string of <c>GET /api/v1/tenants/{tenant}/models/campaign-outcomes/runs</c> as sent.</summary>
/// <param name="Limit">Runs to return, newest first: 1-100 (20 when absent).</param>
public sealed record TrainingRunsQuery([FromQuery(Name = "limit")] string? Limit = null)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>How many runs; a bad limit is added to <paramref name="errors"/>.</summary>
    public int Read(ValidationErrors errors) => QueryValues.Limit(Limit, DefaultLimit, MaxLimit, errors);
}
