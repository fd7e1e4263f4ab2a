using GrainMarketing.Tenants;

namespace GrainMarketing.UnitTests.Tenants;

public sealed class DailyScheduleTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeZoneInfo LordHowe = TimeZoneInfo.FindSystemTimeZoneById("Australia/Lord_Howe");
    private static readonly TimeZoneInfo Santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");

    [Fact]
    public void BeforeTheHourTheRunIsToday()
    {
        var next = DailySchedule.NextRunAfter(Utc(2026, 11, 23, 5, 0), Berlin, 7);
        Assert.Equal(Utc(2026, 11, 23, 6, 0), next);
    }

    [Fact]
    public void AfterTheHourTheRunIsTomorrow()
    {
        var next = DailySchedule.NextRunAfter(Utc(2026, 11, 23, 6, 30), Berlin, 7);
        Assert.Equal(Utc(2026, 11, 24, 6, 0), next);
    }

    [Fact]
    public void ExactlyAtTheRunInstantTheNextRunIsTomorrow()
    {
        var next = DailySchedule.NextRunAfter(Utc(2026, 11, 23, 6, 0), Berlin, 7);
        Assert.Equal(Utc(2026, 11, 24, 6, 0), next);
    }

    [Fact]
    public void TheLocalDateDecidesNotTheUtcDate()
    {
        // 23:30Z on 22 Nov is already 00:30 on 23 Nov in Berlin: 01:00 local that day is 00:00Z on 23 Nov.
        var next = DailySchedule.NextRunAfter(Utc(2026, 11, 22, 23, 30), Berlin, 1);
        Assert.Equal(Utc(2026, 11, 23, 0, 0), next);
    }

    [Fact]
    public void AnHourSkippedBySpringForwardRunsAtTheFirstValidInstantAfterTheGap()
    {
        // Berlin, 29 Mar 2026: 02:00 CET jumps to 03:00 CEST (01:00Z); 02:xx does not exist.
        var next = DailySchedule.NextRunAfter(Utc(2026, 3, 28, 12, 0), Berlin, 2);
        Assert.Equal(Utc(2026, 3, 29, 1, 0), next);
        Assert.Equal(Utc(2026, 3, 30, 0, 0), DailySchedule.NextRunAfter(next, Berlin, 2));
    }

    [Fact]
    public void AnHourRepeatedByFallBackRunsOnceAtItsFirstOccurrence()
    {
        // Berlin, 25 Oct 2026: 03:00 CEST falls back to 02:00 CET; 02:00 happens at 00:00Z and at 01:00Z.
        var next = DailySchedule.NextRunAfter(Utc(2026, 10, 24, 12, 0), Berlin, 2);
        Assert.Equal(Utc(2026, 10, 25, 0, 0), next);
        Assert.Equal(Utc(2026, 10, 26, 1, 0), DailySchedule.NextRunAfter(next, Berlin, 2));
    }

    [Fact]
    public void NewYorkDaylightSavingDaysAreHandledTheSameWay()
    {
        // 8 Mar 2026: 02:00 EST jumps to 03:00 EDT (07:00Z). 1 Nov 2026: 02:00 EDT falls back to 01:00 EST;
        // 01:00 happens at 05:00Z and 06:00Z.
        Assert.Equal(Utc(2026, 3, 8, 7, 0), DailySchedule.NextRunAfter(Utc(2026, 3, 7, 12, 0), NewYork, 2));
        Assert.Equal(Utc(2026, 11, 1, 5, 0), DailySchedule.NextRunAfter(Utc(2026, 10, 31, 12, 0), NewYork, 1));
        Assert.Equal(Utc(2026, 11, 2, 6, 0), DailySchedule.NextRunAfter(Utc(2026, 11, 1, 5, 0), NewYork, 1));
    }

    [Fact]
    public void ADayThatAlreadyRanIsSkippedWhenTheHourMovesLater()
    {
        // Ran at 07:00 Berlin today; moving the hour to 14:00 at 12:00 Berlin must not run again today.
        var ranAt = Utc(2026, 11, 23, 6, 0);
        var next = DailySchedule.NextRunAfter(Utc(2026, 11, 23, 11, 0), Berlin, 14, lastRun: ranAt);
        Assert.Equal(Utc(2026, 11, 24, 13, 0), next);
        Assert.Equal(Utc(2026, 11, 23, 13, 0), DailySchedule.NextRunAfter(Utc(2026, 11, 23, 11, 0), Berlin, 14));
    }

    [Fact]
    public void AHalfHourGapMovesTheRunToTheEndOfTheGap()
    {
        // Lord Howe, 4 Oct 2026: 02:00 (+10:30) jumps to 02:30 (+11:00); the run is at 02:30 local, 15:30Z on 3 Oct.
        var next = DailySchedule.NextRunAfter(Utc(2026, 10, 3, 0, 0), LordHowe, 2);
        Assert.Equal(Utc(2026, 10, 3, 15, 30), next);
        Assert.Equal(Utc(2026, 10, 4, 15, 0), DailySchedule.NextRunAfter(next, LordHowe, 2));
    }

    [Fact]
    public void AMidnightGapMovesAHourZeroRunToTheFirstHourOfTheDay()
    {
        // Santiago, 6 Sep 2026: 00:00 (-04:00) jumps to 01:00 (-03:00) at 04:00Z; midnight does not exist that day.
        var next = DailySchedule.NextRunAfter(Utc(2026, 9, 5, 12, 0), Santiago, 0);
        Assert.Equal(Utc(2026, 9, 6, 4, 0), next);
        Assert.Equal(Utc(2026, 9, 7, 3, 0), DailySchedule.NextRunAfter(next, Santiago, 0));
    }

    [Fact]
    public void ARepeatedLateEveningHourRunsOnceAndTheNextDayKeepsItsOwnRun()
    {
        // Santiago, 5 Apr 2026 at 03:00Z: midnight (-03:00) falls back to 23:00 (-04:00) on 4 Apr, so 23:00 local
        // on 4 Apr happens at 02:00Z and again at 03:00Z on 5 Apr. The second pass must not run 4 Apr again.
        var first = DailySchedule.NextRunAfter(Utc(2026, 4, 4, 12, 0), Santiago, 23);
        Assert.Equal(Utc(2026, 4, 5, 2, 0), first);
        Assert.Equal(Utc(2026, 4, 6, 3, 0), DailySchedule.NextRunAfter(first, Santiago, 23, lastRun: first));
        Assert.Equal(Utc(2026, 4, 6, 3, 0), DailySchedule.NextRunAfter(Utc(2026, 4, 5, 3, 0), Santiago, 23, lastRun: first));
    }

    [Fact]
    public void ARunOnAnEarlierDayDoesNotSkipToday()
    {
        var next = DailySchedule.NextRunAfter(Utc(2026, 11, 23, 5, 0), Berlin, 7, lastRun: Utc(2026, 11, 22, 6, 0));
        Assert.Equal(Utc(2026, 11, 23, 6, 0), next);
    }

    [Fact]
    public void TheDayThatAlreadyRanIsTheLocalDayNotTheUtcDay()
    {
        // 23:30Z on 22 Nov is 00:30 on 23 Nov in Berlin, so 23 Nov has run and its 01:00 (00:00Z) is skipped.
        var next = DailySchedule.NextRunAfter(Utc(2026, 11, 22, 23, 45), Berlin, 1, lastRun: Utc(2026, 11, 22, 23, 30));
        Assert.Equal(Utc(2026, 11, 24, 0, 0), next);
    }

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
