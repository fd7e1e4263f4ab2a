namespace GrainMarketing.ApiHost.Ingestion;

/// <summary>A validated ingestion request, ready to be charged and published.</summary>
/// <param name="Records">Records it carries: the tokens it costs.</param>
/// <param name="Campaigns">Distinct campaigns its records touch.</param>
/// <param name="Users">Distinct customers its records touch.</param>
/// <param name="Publish">Pushes its batches onto their streams; durable when the task completes.</param>
public sealed record IngestPlan(int Records, int Campaigns, int Users, Func<Task> Publish);
