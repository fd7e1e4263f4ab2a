using GrainMarketing.Errors;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>Keeps a tenant's recommendations: merges each run's findings, moves them through their statuses, keeps the state bounded.</summary>
/// <remarks>
/// A finding whose kind and target match an open or accepted recommendation refreshes it (the same one is never raised
/// twice). A dismissed one comes back only when the new finding's impact is materially stronger: its lower 80% bound
/// above <see cref="ComebackFactor"/> times the impact expected when it was dismissed. An applied one is not raised again
/// for <see cref="OutcomeMeasurement.MeasuredDays"/> days, while its effect is measured. An open or accepted recommendation
/// that a run no longer finds has expired.
/// </remarks>
public sealed class RecommendationBook(RecommendationBookState state)
{
    public const double ComebackFactor = 2;
    public const int MaxActive = 500;
    public const int MaxClosed = 200;
    public const int MaxUnjudged = 2000;

    public RecommendationBookState State { get; } = state;

    /// <summary>Merges one run's findings at <paramref name="now"/>.</summary>
    public void Merge(DetectorRun run, DateTimeOffset now)
    {
        var found = run.Findings.GroupBy(f => f.Fingerprint, StringComparer.Ordinal).Select(g => g.MaxBy(f => f.Priority)!).ToDictionary(f => f.Fingerprint, StringComparer.Ordinal);
        for (var i = 0; i < State.Items.Count; i++)
        {
            var item = State.Items[i];
            if (!IsActive(item.Status))
            {
                continue;
            }

            State.Items[i] = found.Remove(item.Fingerprint, out var again)
                ? item with { Title = again.Title, Explanation = again.Explanation, Evidence = again.Evidence, Impact = again.Impact, Confidence = again.Confidence, Priority = again.Priority, Actions = again.Actions, PerCampaign = again.PerCampaign, Campaigns = again.Campaigns, UpdatedAt = now }
                : item with { Status = RecommendationStatus.Expired, StatusReason = $"The run of {now:yyyy-MM-dd HH:mm} UTC no longer found it: the evidence does not hold any more.", StatusBy = null, UpdatedAt = now };
        }

        var active = State.Items.Count(i => IsActive(i.Status));
        foreach (var finding in found.Values.OrderByDescending(f => f.Priority).Where(f => MayRaise(f, now)).Take(Math.Max(0, MaxActive - active)))
        {
            State.Items.Add(new Recommendation(Guid.NewGuid(), finding.Kind, finding.Target, finding.Campaigns, finding.Title, finding.Explanation, finding.Evidence,
                finding.Impact, finding.Confidence, finding.Priority, finding.Actions, RecommendationStatus.Open, now, now, PerCampaign: finding.PerCampaign));
        }

        State.Unjudged = run.Unjudged.Take(MaxUnjudged).ToDictionary(StringComparer.Ordinal);
        State.GeneratedAt = now;
        Prune();
    }

    public Recommendation Get(Guid id) => State.Items.FirstOrDefault(i => i.Id == id) ?? throw new NotFoundException("Recommendation", id.ToString());

    public RecommendationChange Accept(Guid id, string actor, DateTimeOffset now) =>
        Change(id, [RecommendationStatus.Open], r => r with { Status = RecommendationStatus.Accepted, StatusBy = actor, UpdatedAt = now });

    public RecommendationChange Dismiss(Guid id, string reason, string actor, DateTimeOffset now) =>
        Change(id, [RecommendationStatus.Open, RecommendationStatus.Accepted], r => r with { Status = RecommendationStatus.Dismissed, StatusReason = reason, StatusBy = actor, UpdatedAt = now });

    /// <summary>Refuses with a 409 unless the recommendation is open or accepted: what may be applied.</summary>
    public Recommendation Applicable(Guid id)
    {
        var item = Get(id);
        return IsActive(item.Status) ? item : throw NotOpen(item);
    }

    public RecommendationChange Applied(Guid id, Guid firing, string actor, DateTimeOffset now) =>
        Change(id, [RecommendationStatus.Open, RecommendationStatus.Accepted], r => r with { Status = RecommendationStatus.Applied, StatusBy = actor, AppliedAt = now, Firing = firing, UpdatedAt = now });

    public void Measured(Guid id, RecommendationOutcome outcome)
    {
        var index = State.Items.FindIndex(i => i.Id == id);
        State.Items[index] = State.Items[index] with { Outcome = outcome };
    }

    private RecommendationChange Change(Guid id, RecommendationStatus[] from, Func<Recommendation, Recommendation> change)
    {
        var before = Get(id);
        if (!from.Contains(before.Status))
        {
            throw NotOpen(before);
        }

        var after = change(before);
        State.Items[State.Items.FindIndex(i => i.Id == id)] = after;
        return new RecommendationChange(before, after);
    }

    private bool MayRaise(Finding finding, DateTimeOffset now)
    {
        var last = State.Items.Where(i => i.Fingerprint == finding.Fingerprint).MaxBy(i => i.UpdatedAt);
        return last?.Status switch
        {
            RecommendationStatus.Dismissed => finding.Impact.Lower80 > ComebackFactor * Math.Max(last.Impact.Value, 0),
            RecommendationStatus.Applied => now - last.AppliedAt >= TimeSpan.FromDays(OutcomeMeasurement.MeasuredDays),
            _ => true,
        };
    }

    /// <summary>Keeps every active recommendation and the newest <see cref="MaxClosed"/> closed ones.</summary>
    private void Prune()
    {
        var closed = State.Items.Where(i => !IsActive(i.Status)).OrderByDescending(i => i.UpdatedAt).Skip(MaxClosed).ToHashSet();
        State.Items.RemoveAll(closed.Contains);
    }

    private static ConflictException NotOpen(Recommendation item) =>
        new($"Recommendation '{item.Id}' is {item.Status.ToString().ToLowerInvariant()}, not open.");

    private static bool IsActive(RecommendationStatus status) => status is RecommendationStatus.Open or RecommendationStatus.Accepted;
}
