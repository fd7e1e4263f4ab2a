namespace GrainMarketing.FakePlatforms.Accounts;

/// <summary>How a report groups the cells: by which entity, and whether by day, age and gender.</summary>
public sealed record Grouping(Func<Campaign, AdSet, Ad, string> Entity, bool ByDay, bool ByAge, bool ByGender)
{
    public static Grouping At(string level, bool byDay, bool byAge, bool byGender, string accountId) => new(
        level switch
        {
            "campaign" => (c, _, _) => c.Id,
            "adset" => (_, s, _) => s.Id,
            "ad" => (_, _, a) => a.Id,
            _ => (_, _, _) => accountId,
        },
        byDay,
        byAge,
        byGender);
}
