using Microsoft.Extensions.Options;

namespace GrainMarketing.Alerts;

/// <summary>Refuses alert settings that cannot work, naming each, when the silo starts.</summary>
public sealed class AlertOptionsValidator : IValidateOptions<AlertOptions>
{
    public ValidateOptionsResult Validate(string? name, AlertOptions options)
    {
        var problems = new List<string>();
        if (options.DedupWindow < TimeSpan.Zero)
        {
            problems.Add("Alerts:DedupWindow must not be negative.");
        }

        if (options.MaxAttempts is < 1 or > 20)
        {
            problems.Add("Alerts:MaxAttempts must be 1-20.");
        }

        if (options.RetryBaseDelay <= TimeSpan.Zero || options.MaxRetryDelay < options.RetryBaseDelay)
        {
            problems.Add("Alerts:RetryBaseDelay must be above zero and at most Alerts:MaxRetryDelay.");
        }

        if (options.SendTimeout <= TimeSpan.Zero || options.QueueCapacity < 1 || options.MaxConcurrentDeliveries < 1)
        {
            problems.Add("Alerts:SendTimeout, QueueCapacity and MaxConcurrentDeliveries must be above zero.");
        }

        if (options.ResumePeriod < TimeSpan.FromMinutes(1))
        {
            problems.Add("Alerts:ResumePeriod must be at least a minute (the least reminder period).");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
