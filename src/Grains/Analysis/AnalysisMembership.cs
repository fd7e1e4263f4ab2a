namespace GrainMarketing.Analysis;

/// <summary>One customer in a run's membership snapshot: patterns as bits (high spender by the run's threshold), RFM scores 1-5 (5 best) and 90-day spend.</summary>
/// <remarks>A struct: a million of them are one array.</remarks>
public readonly record struct AnalysisMembership(string UserId, int Patterns, int Recency, int Frequency, int Monetary, decimal Spend);
