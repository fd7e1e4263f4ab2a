namespace GrainMarketing.Alerts;

/// <summary>The router's side door for the silo's sender (the same grain as <see cref="IAlertRouterGrain"/>): outcomes of attempts come back through it.</summary>
/// <remarks>Not part of the public contract; the API never calls it.</remarks>
public interface IAlertDeliveryReports : IGrainWithStringKey
{
    Task ReportAsync(AttemptReport report);
}
