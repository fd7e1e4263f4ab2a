using GrainMarketing.ApiHost.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace GrainMarketing.ApiHost.Experiments;

/// <summary>The query string of <c>GET .../experiments</c> as sent: a page of experiments, newest first.</summary>
/// <param name="Limit">Experiments per page, 1-200 (50 when absent).</param>
/// <param name="Before">The <c>next</c> of the previous page.</param>
public sealed record ExperimentListQuery(
    [FromQuery(Name = "limit")] string? Limit = null,
    [FromQuery(Name = "before")] string? Before = null)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public (int Limit, long? Before) Read()
    {
        var errors = new ValidationErrors();
        var page = (QueryValues.Limit(Limit, DefaultLimit, MaxLimit, errors), QueryValues.Cursor(Before, errors));
        errors.ThrowIfAny();
        return page;
    }
}
