using Microsoft.AspNetCore.Mvc;

namespace GrainMarketing.ApiHost.Hosting;

/// <summary>The query string of a list of runs as sent: <c>GET .../analysis/runs</c> and <c>GET .../models/campaign-outcomes/runs</c>.</summary>
/// <param name="Limit">Runs to return, newest first: 1-100 (20 when absent).</param>
public sealed record RunsQuery([FromQuery(Name = "limit")] string? Limit = null)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>How many runs; a bad limit is added to <paramref name="errors"/>.</summary>
    public int Read(ValidationErrors errors) => QueryValues.Limit(Limit, DefaultLimit, MaxLimit, errors);
}
