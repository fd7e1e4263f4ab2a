namespace GrainMarketing.Alerts;

/// <summary>Which channels an alert goes to.</summary>
/// <remarks>
/// Without names, every enabled channel whose minimum severity the alert reaches. With names, those
/// channels (a name may also be a channel's id), each still only if enabled and at its severity; a name
/// that matches no channel is reported, not dropped.
/// </remarks>
public static class AlertRouting
{
    public static AlertRoute Route(Alert alert, IEnumerable<StoredAlertChannel> channels)
    {
        var all = channels.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        if (alert.Channels is null)
        {
            return new AlertRoute([.. all.Where(c => c.Takes(alert.Severity))], []);
        }

        var chosen = new List<StoredAlertChannel>();
        var unknown = new List<string>();
        foreach (var name in alert.Channels.Distinct(StringComparer.Ordinal))
        {
            var channel = all.Find(c => c.Name == name || (Guid.TryParse(name, out var id) && c.Id == id));
            if (channel is null)
            {
                unknown.Add(name);
            }
            else if (channel.Takes(alert.Severity) && !chosen.Contains(channel))
            {
                chosen.Add(channel);
            }
        }

        return new AlertRoute(chosen, unknown);
    }
}
