using GrainMarketing.Insights.Audience;
using Xunit.Abstractions;
using static GrainMarketing.UnitTests.Insights.Audience.PlantedAudience;

namespace GrainMarketing.UnitTests.Insights.Audience;

public sealed class SegmentVersusRestTests(ITestOutputHelper output)
{
    private const int Seeds = 300;
    private const int Days = 28;
    private static readonly string[] Ages = ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"];

    [Fact]
    public void APlantedSegmentConvertingTwiceAsWellIsFoundAndOrdinaryOnesAreRarelyCalled()
    {
        var found = 0;
        var falseCalls = 0;
        var roasFound = 0;
        for (var seed = 0; seed < Seeds; seed++)
        {
            var random = new Random(seed);
            var segments = Ages.Select(age => Segment(random, age, Days, _ => 100, _ => age == "25-34" ? 10 : 20)).ToList();

            var cpa = SegmentVersusRest.ByCpa(segments, AudienceInsights.Alpha);
            var roas = SegmentVersusRest.ByRoas(segments, AudienceInsights.Alpha);

            found += cpa["25-34"].Verdict == "better" ? 1 : 0;
            roasFound += roas["25-34"].Verdict == "better" ? 1 : 0;
            falseCalls += Ages.Where(a => a != "25-34").Any(a => cpa[a].Verdict != "not-different") ? 1 : 0;
        }

        output.WriteLine($"6 age segments × {Days} days, one at half the CPA, {Seeds} seeds: found better by CPA {found} ({(double)found / Seeds:P1}), "
            + $"by ROAS {roasFound} ({(double)roasFound / Seeds:P1}); some ordinary segment called better or worse by CPA in {falseCalls} ({(double)falseCalls / Seeds:P1})");
        Assert.True(found >= Seeds * 0.95, $"found {found}");
        Assert.True(roasFound >= Seeds * 0.8, $"found by ROAS {roasFound}");
        Assert.True(falseCalls <= Seeds * 0.08, $"false calls {falseCalls}");
    }

    [Fact]
    public void WithEveryTrueCpaEqualTheFamilyWiseErrorStaysNearAlpha()
    {
        var cpaCalls = 0;
        var roasCalls = 0;
        for (var seed = 0; seed < Seeds; seed++)
        {
            var random = new Random(10_000 + seed);
            var segments = Ages.Select(age => Segment(random, age, Days, day => 60 + (age.Length * 10) + (day % 7 * 5), _ => 20)).ToList();

            cpaCalls += SegmentVersusRest.ByCpa(segments, AudienceInsights.Alpha).Values.Any(c => c.Verdict is "better" or "worse") ? 1 : 0;
            roasCalls += SegmentVersusRest.ByRoas(segments, AudienceInsights.Alpha).Values.Any(c => c.Verdict is "better" or "worse") ? 1 : 0;
        }

        output.WriteLine($"6 equal segments × {Days} days, {Seeds} seeds: any segment called by CPA {cpaCalls} ({(double)cpaCalls / Seeds:P1}), by ROAS {roasCalls} ({(double)roasCalls / Seeds:P1}); alpha 5%");
        Assert.True(cpaCalls <= Seeds * 0.08, $"CPA calls {cpaCalls}");
        Assert.True(roasCalls <= Seeds * 0.1, $"ROAS calls {roasCalls}");
    }

    [Fact]
    public void ASegmentBelowTheEvidenceGateHasNoIntervalNoPositionAndNoTest()
    {
        var random = new Random(7);
        var query = new AudienceInsightQuery(GrainMarketing.Metrics.Dimension.Interest, false, "interest", Range(Days));
        var report = AudienceInsights.Report(query,
        [
            ("hiking", Series(random, Days, _ => 100, _ => 20)),
            ("yoga", Series(random, Days, _ => 100, _ => 25)),
            ("chess", Series(random, Days, _ => 2, _ => 20)),
        ], [], []);

        var chess = report.Segments.Single(s => s.Segment == "chess");
        Assert.False(chess.Sufficient);
        Assert.Contains("20 are needed", chess.Insufficient, StringComparison.Ordinal);
        Assert.Null(chess.Cpa.Low);
        Assert.Null(chess.CpaRank.Position);
        Assert.Equal("insufficient", chess.CpaRank.Verdict);
        Assert.Null(chess.Roas.High);
        Assert.False(chess.Saturation.Saturating);
        Assert.Equal("chess", report.Segments[^1].Segment);
        var hiking = report.Segments.Single(s => s.Segment == "hiking");
        Assert.True(hiking.Cpa.Low < hiking.Cpa.Value && hiking.Cpa.Value < hiking.Cpa.High);
        Assert.True(hiking.Roas.Low < hiking.Roas.Value && hiking.Roas.Value < hiking.Roas.High);
        Assert.Equal([1, 2], report.Segments.Take(2).Select(s => s.CpaRank.Position!.Value));
    }
}
