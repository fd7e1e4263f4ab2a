using GrainMarketing.Insights.Creatives;
using MathNet.Numerics.Distributions;
using Xunit.Abstractions;

namespace GrainMarketing.UnitTests.Insights.Creatives;

/// <summary>Fatigue on generated creatives: CTR flat, then (when planted) decaying over ten days while frequency rises.</summary>
public sealed class CreativeFatigueTests(ITestOutputHelper output)
{
    private const int Seeds = 200;
    private const int Days = 21;
    private const int PlantedKnot = 10;
    private static readonly DateOnly First = new(2026, 11, 1);

    [Fact]
    public void APlantedDecayIsFlaggedFromWithinTwoDaysOfItsStartAndSteadyCreativesAreNot()
    {
        var (detected, falseFlags, errors) = Measure(impressionsPerDay: 20_000);

        Assert.Equal(Seeds, detected);
        Assert.True(errors.Count(e => e <= 2) >= 0.95 * errors.Count, $"within two days {errors.Count(e => e <= 2)} of {errors.Count}");
        Assert.True(falseFlags <= 0.05 * Seeds, $"false flags {falseFlags}");
    }

    [Fact]
    public void AtAQuarterOfTheVolumeTheDecayIsStillFoundButItsStartLessSharply()
    {
        var (detected, falseFlags, errors) = Measure(impressionsPerDay: 5_000);

        Assert.True(detected >= 0.95 * Seeds, $"detected {detected}");
        Assert.True(errors.Count(e => e <= 2) >= 0.85 * errors.Count, $"within two days {errors.Count(e => e <= 2)} of {errors.Count}");
        Assert.True(falseFlags <= 0.05 * Seeds, $"false flags {falseFlags}");
    }

    [Fact]
    public void ADecayWithoutRisingFrequencyIsNotFatigue()
    {
        var days = Generate(7, decays: true).Select(d => d with { Frequency = 1.5m }).ToList();

        var assessment = CreativeFatigue.Assess(days);

        Assert.False(assessment.Fatigued);
        Assert.Equal("frequency", assessment.Exposure);
        Assert.True(assessment.Score >= CreativeFatigue.MinimumDrop);
    }

    [Fact]
    public void WithoutReportedReachRisingCumulativeImpressionsStandForExposure()
    {
        var days = Generate(7, decays: true).Select(d => d with { Frequency = null }).ToList();

        var assessment = CreativeFatigue.Assess(days);

        Assert.True(assessment.Fatigued);
        Assert.Equal("cumulativeImpressions", assessment.Exposure);
    }

    [Fact]
    public void TooFewDaysAreNotAssessed()
    {
        var assessment = CreativeFatigue.Assess([.. Generate(1, decays: true).Take(CreativeFatigue.MinDays - 1)]);

        Assert.False(assessment.Fatigued);
        Assert.Null(assessment.PValue);
    }

    /// <summary>Planted decays and steady creatives over <see cref="Seeds"/> seeds: how many decays were flagged, how many steady creatives were, and each flagged start day's error.</summary>
    private (int Detected, int FalseFlags, List<int> StartErrors) Measure(int impressionsPerDay)
    {
        var detected = 0;
        var falseFlags = 0;
        var errors = new List<int>();
        for (var seed = 0; seed < Seeds; seed++)
        {
            var fatigued = CreativeFatigue.Assess(Generate(seed, decays: true, impressionsPerDay));
            if (fatigued.Fatigued)
            {
                detected++;
                errors.Add(Math.Abs(fatigued.StartedOn!.Value.DayNumber - First.AddDays(PlantedKnot).DayNumber));
            }

            falseFlags += CreativeFatigue.Assess(Generate(seed + 100_000, decays: false, impressionsPerDay)).Fatigued ? 1 : 0;
        }

        output.WriteLine(
            $"fatigue, {impressionsPerDay:N0} impressions a day, {Seeds} seeds: detection {detected}/{Seeds}, false flags on steady creatives {falseFlags}/{Seeds}, "
            + $"start-day error mean {errors.Average():F2} days, max {errors.Max()}, within two days {errors.Count(e => e <= 2)}/{errors.Count}");
        return (detected, falseFlags, errors);
    }

    /// <summary>About <paramref name="impressionsPerDay"/> impressions a day at a 2% CTR with day-to-day noise beyond binomial; a planted decay loses 6% of the plateau a day for ten days after the knot while frequency climbs.</summary>
    internal static List<CreativeDay> Generate(int seed, bool decays, int impressionsPerDay = 20_000, double ctr = 0.02)
    {
        var random = new Random(seed);
        var days = new List<CreativeDay>();
        for (var t = 0; t < Days; t++)
        {
            var after = decays ? Math.Max(0, t - PlantedKnot) : 0;
            var trueCtr = ctr * (1 - 0.06 * after) * Math.Exp(Normal.Sample(random, 0, 0.05));
            var impressions = impressionsPerDay + random.Next(-impressionsPerDay / 10, impressionsPerDay / 10);
            var clicks = Binomial.Sample(random, trueCtr, impressions);
            var frequency = (decimal)Math.Round(1.5 + 0.25 * after + Normal.Sample(random, 0, 0.05), 3);
            days.Add(new CreativeDay(First.AddDays(t), impressions, clicks, clicks * 0.05m, frequency));
        }

        return days;
    }
}
