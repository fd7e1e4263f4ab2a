namespace GrainMarketing.Simulator;

/// <summary>One customer of a simulated tenant: their kind, where they buy, what they like, and when they started and stopped buying.</summary>
public sealed record Shopper(string Tenant, string Id, ShopperKind Kind, IReadOnlyList<string> Cities, string Favourite, DateOnly Joined, DateOnly? Stopped)
{
    /// <summary>Purchases expected on <paramref name="date"/>, whose last 30 days end at <paramref name="today"/>.</summary>
    public double PerDay(DateOnly date, DateOnly today)
    {
        if (date < Joined || (Stopped is { } stopped && date >= stopped))
        {
            return 0;
        }

        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var rate = Kind.WeekendsOnly ? (weekend ? Kind.PerWeek / 2 : 0) : Kind.PerWeek / 7;
        return rate * (date > today.AddDays(-30) ? Kind.Recent : 1);
    }
}
