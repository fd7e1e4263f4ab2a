using System.Globalization;
using System.Text.RegularExpressions;

namespace GrainMarketing.FakePlatforms.Google;

/// <summary>
/// The part of the Google Ads Query Language the fake understands: <c>SELECT fields FROM resource
/// [WHERE a AND b] [ORDER BY …] [LIMIT n]</c>, with =, !=, &lt;, &gt;, IN, NOT IN, BETWEEN and DURING.
/// </summary>
public sealed partial record GaqlQuery(IReadOnlyList<string> Fields, string Resource, IReadOnlyList<GaqlCondition> Conditions, int? Limit)
{
    /// <summary>Parses a query, or says why not (as Google's queryError would).</summary>
    public static (GaqlQuery? Query, string? Error) Parse(string? text, DateOnly today)
    {
        var match = Shape().Match(text ?? "");
        if (!match.Success)
        {
            return (null, "Error in query: the fake understands SELECT … FROM … [WHERE …] [ORDER BY …] [LIMIT n].");
        }

        var fields = match.Groups["fields"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var conditions = new List<GaqlCondition>();
        var where = match.Groups["where"].Value;
        if (where.Length > 0)
        {
            var rest = Condition().Replace(where, m =>
            {
                conditions.Add(Read(m, today));
                return " ";
            });
            if (AndOnly().Replace(rest, "").Trim().Length > 0)
            {
                return (null, $"Error in query: unexpected input in WHERE near '{rest.Trim()}'.");
            }
        }

        int? limit = match.Groups["limit"].Success ? int.Parse(match.Groups["limit"].Value, CultureInfo.InvariantCulture) : null;
        return (new GaqlQuery(fields, match.Groups["resource"].Value, conditions, limit), null);
    }

    public IEnumerable<GaqlCondition> On(string field) => Conditions.Where(c => c.Field == field);

    private static GaqlCondition Read(Match m, DateOnly today)
    {
        var field = m.Groups["field"].Value;
        var op = Regex.Replace(m.Groups["op"].Value.ToUpperInvariant(), @"\s+", " ");
        var raw = m.Groups["value"].Value;
        if (op == "DURING")
        {
            var (from, to) = During(raw.Trim().ToUpperInvariant(), today);
            return new GaqlCondition(field, "BETWEEN", [Day(from), Day(to)]);
        }

        var values = Literal().Matches(raw).Select(v => v.Groups[1].Success ? v.Groups[1].Value : v.Groups[2].Success ? v.Groups[2].Value : v.Groups[3].Value).ToList();
        return new GaqlCondition(field, op, op == "BETWEEN" ? values.Where(v => !v.Equals("AND", StringComparison.OrdinalIgnoreCase)).ToList() : values);
    }

    private static (DateOnly, DateOnly) During(string range, DateOnly today) => range switch
    {
        "TODAY" => (today, today),
        "YESTERDAY" => (today.AddDays(-1), today.AddDays(-1)),
        "LAST_7_DAYS" => (today.AddDays(-7), today.AddDays(-1)),
        "LAST_14_DAYS" => (today.AddDays(-14), today.AddDays(-1)),
        "LAST_30_DAYS" => (today.AddDays(-30), today.AddDays(-1)),
        _ => (today.AddDays(-90), today.AddDays(-1)),
    };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*SELECT\s+(?<fields>.+?)\s+FROM\s+(?<resource>\w+)(?:\s+WHERE\s+(?<where>.+?))?(?:\s+ORDER\s+BY\s+.+?)?(?:\s+LIMIT\s+(?<limit>\d+))?(?:\s+PARAMETERS\s+.+)?\s*$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Shape();

    [GeneratedRegex(@"(?<field>[a-z_]+(?:\.[a-z_]+)+)\s*(?<op>BETWEEN|DURING|NOT\s+IN|IN|!=|>=|<=|=|>|<)\s*(?<value>'[^']*'\s+AND\s+'[^']*'|\([^)]*\)|'[^']*'|""[^""]*""|[\w.\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Condition();

    [GeneratedRegex(@"\bAND\b", RegexOptions.IgnoreCase)]
    private static partial Regex AndOnly();

    [GeneratedRegex(@"'([^']*)'|""([^""]*)""|([\w.\-]+)")]
    private static partial Regex Literal();
}
