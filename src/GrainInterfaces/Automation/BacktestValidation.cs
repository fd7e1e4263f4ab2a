using GrainMarketing.Campaigns;

namespace GrainMarketing.Automation;

/// <summary>What a backtest cannot do, keyed by the JSON path of the field, all at once.</summary>
/// <remarks>
/// History keeps days, not arrival times, so hour windows other than <c>24h</c> (judged as the day) cannot
/// be replayed, and segment rules are not backtestable yet. Used by the API before a grain is called and by
/// the simulation grain.
/// </remarks>
public static class BacktestValidation
{
    public const int MaxDays = 366;

    /// <summary>The most campaigns one backtest reads.</summary>
    public const int MaxCampaigns = 2_000;

    /// <summary>The most firings a backtest lists; effects count every firing.</summary>
    public const int MaxFirings = 10_000;

    /// <summary>Every reason <paramref name="rule"/> cannot be backtested over <paramref name="range"/> (not checked when null).</summary>
    public static Dictionary<string, string[]> Validate(RuleDefinition rule, DateRange? range)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (rule.Scope?.Level == RuleLevel.Segment)
        {
            errors["scope.level"] = ["Segment rules cannot be backtested yet: only campaign, adSet and creative rules."];
        }

        for (var i = 0; i < (rule.Conditions?.Count ?? 0); i++)
        {
            if (rule.Conditions![i]?.Window is { } window && window.EndsWith('h') && window != "24h")
            {
                errors[$"conditions[{i}].window"] = [$"The {window} window needs arrival times, which history does not keep: backtests use 24h (judged as the day), today or day windows."];
            }
        }

        if (range is not null && range.To < range.From)
        {
            errors["to"] = ["Must not be before from."];
        }
        else if (range is not null && range.Days > MaxDays)
        {
            errors["to"] = [$"A backtest spans at most {MaxDays} days."];
        }

        return errors;
    }
}
