using Microsoft.AspNetCore.Mvc;

namespace GrainMarketing.ApiHost.Hosting;

/// <summary>What every history endpoint's query string shares, as sent: a time range and a page.</summary>
/// <remarks>Each endpoint's query string adds its own filters and reads these with <see cref="ReadPage"/>, so every bad value of either part is named at once.</remarks>
public abstract class HistoryPageQueryString
{
    /// <summary>At or after this time (ISO 8601).</summary>
    [FromQuery(Name = "from")]
    public string? From { get; set; }

    /// <summary>Before this time (ISO 8601).</summary>
    [FromQuery(Name = "to")]
    public string? To { get; set; }

    /// <summary>Items per page, 1-500 (50 when absent).</summary>
    [FromQuery(Name = "limit")]
    public string? Limit { get; set; }

    /// <summary>The <c>next</c> of the previous page.</summary>
    [FromQuery(Name = "before")]
    public string? Before { get; set; }

    /// <summary>The range and page as values; each bad one is added to <paramref name="errors"/> under its name.</summary>
    protected HistoryPage ReadPage(ValidationErrors errors, int defaultLimit, int maxLimit)
    {
        var (from, to) = QueryValues.Range(From, To, errors);
        return new HistoryPage(from, to, QueryValues.Limit(Limit, defaultLimit, maxLimit, errors), QueryValues.Cursor(Before, errors));
    }

    protected readonly record struct HistoryPage(DateTimeOffset? From, DateTimeOffset? To, int Limit, long? Before);
}
