namespace GrainMarketing.FakePlatforms.Accounts;

/// <summary>Meta's write limit: at most four budget changes per hour per ad set (the fake counts campaigns the same way).</summary>
public static class BudgetLimit
{
    public const int PerHour = 4;

    /// <summary>Records a change unless the entity already had four in the last hour; call under the account's gate.</summary>
    public static bool TryRecord(List<DateTimeOffset> changes, DateTimeOffset now)
    {
        changes.RemoveAll(c => c <= now.AddHours(-1));
        if (changes.Count >= PerHour)
        {
            return false;
        }

        changes.Add(now);
        return true;
    }
}
