using System.ComponentModel.DataAnnotations;

namespace GrainMarketing.Dashboard;

/// <summary>Where the dashboard finds the public API, and how long a sign-in lasts.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>The ApiHost's base address; the dashboard calls only its documented <c>/api/v1</c> routes.</summary>
    [Required(ErrorMessage = "Dashboard:ApiBaseUrl is required: the ApiHost's address, e.g. http://127.0.0.1:8080.")]
    public Uri? ApiBaseUrl { get; set; }

    /// <summary>How long a sign-in lasts without use; each request slides it on.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromHours(12);
}
