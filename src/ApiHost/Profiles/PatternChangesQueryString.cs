using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Profiles;
using Microsoft.AspNetCore.Mvc;

namespace GrainMarketing.ApiHost.Profiles;

/// <summary>The query string of <c>GET .../segments/changes</c> as sent; every bad value is named at once.</summary>
public sealed class PatternChangesQueryString : HistoryPageQueryString
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;
    public const string PatternNames = "highSpender, frequent, weekend, categoryFocused, locationClustered, new, inactive or seasonal";

    /// <summary>One segment's changes.</summary>
    [FromQuery(Name = "pattern")]
    public string? Pattern { get; set; }

    /// <summary>One customer's changes.</summary>
    [FromQuery(Name = "userId")]
    public string? UserId { get; set; }

    /// <summary><c>entered</c> or <c>exited</c>.</summary>
    [FromQuery(Name = "kind")]
    public string? Kind { get; set; }

    public PatternChangeQuery ToQuery()
    {
        var errors = new ValidationErrors();
        var pattern = QueryValues.Named<BehaviorPattern>(Pattern, "pattern", PatternNames, errors);
        var kind = QueryValues.Named<PatternChangeKind>(Kind, "kind", "entered or exited", errors);
        var userId = QueryValues.Given(UserId);
        if (userId is not null && !UserKey.IsValidId(userId))
        {
            errors.Add("userId", "1-100 letters, digits and - _ . @ : +.");
        }

        var page = ReadPage(errors, DefaultLimit, MaxLimit);
        errors.ThrowIfAny();
        return new PatternChangeQuery(page.Limit, pattern, userId, kind is null ? null : kind == PatternChangeKind.Entered, page.From, page.To, page.Before);
    }
}
