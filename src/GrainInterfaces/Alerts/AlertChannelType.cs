namespace GrainMarketing.Alerts;

/// <summary>How a channel reaches people.</summary>
public enum AlertChannelType
{
    /// <summary>A JSON POST to any URL, signed with the channel's secret.</summary>
    Webhook,

    /// <summary>A Slack incoming webhook.</summary>
    Slack,

    /// <summary>Email over the silo's SMTP server.</summary>
    Email,
}
