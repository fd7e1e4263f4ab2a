namespace GrainMarketing.IntegrationTests.RealData;

/// <summary>One basket of the Complete Journey sample as one customer purchase: its household, total, time (New York), store and the department with most of its value.</summary>
public sealed record JourneyBasket(string Household, string Basket, decimal Amount, DateTimeOffset At, string Store, string? Department);
