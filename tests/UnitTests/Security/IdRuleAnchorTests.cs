using System.Reflection;
using System.Text.RegularExpressions;
using GrainMarketing.Metrics;
using GrainMarketing.Profiles;
using GrainMarketing.Tenants;

namespace GrainMarketing.UnitTests.Security;

/// <summary>Every id rule anchors at the true end of the value: <c>$</c> also matches before a final newline, which let "acme-x\n" become a tenant.</summary>
public sealed class IdRuleAnchorTests
{
    /// <summary>Each id rule the API and the grains share, with a value it takes.</summary>
    public static TheoryData<string, string> IdRules => new()
    {
        { "tenant", "acme-x" },
        { "campaign", "c-1.a:b_2" },
        { "user", "user+1@shop.example" },
    };

    [Theory]
    [MemberData(nameof(IdRules))]
    public void EachIdRuleTakesTheValueAndRefusesItWithATrailingNewline(string rule, string value)
    {
        Assert.True(Accepts(rule, value), $"{rule} refuses {value}");
        Assert.False(Accepts(rule, value + "\n"), $"{rule} takes {value} with a trailing newline");
    }

    /// <summary>The rules the theory cannot call directly (rule targets, tag and channel names, timestamps) are held to the same anchor here.</summary>
    [Fact]
    public void NoGeneratedRegexAnchorsWithDollar()
    {
        var patterns = new[] { typeof(TenantRules).Assembly, typeof(ApiHost.Problems.ProblemTypes).Assembly, typeof(global::GrainMarketing.Ingestion.IngestReceiptGrain).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .SelectMany(type => type.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Select(method => (Method: method, Attribute: method.GetCustomAttribute<GeneratedRegexAttribute>()))
            .Where(m => m.Attribute is not null)
            .Select(m => (Name: $"{m.Method.DeclaringType!.Name}.{m.Method.Name}", Pattern: ((Regex)m.Method.Invoke(null, null)!).ToString()))
            .ToList();

        Assert.True(patterns.Count >= 8, $"only {patterns.Count} generated regexes found");
        Assert.All(patterns, p => Assert.False(Regex.IsMatch(p.Pattern, @"(?<!\\)\$"), $"{p.Name} anchors with $: {p.Pattern}"));
    }

    private static bool Accepts(string rule, string value) => rule switch
    {
        "tenant" => TenantRules.IsValidId(value),
        "campaign" => CampaignKey.IsValidId(value),
        "user" => UserKey.IsValidId(value),
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };
}
