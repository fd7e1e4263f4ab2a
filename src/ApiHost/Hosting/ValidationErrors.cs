using GrainMarketing.Errors;

namespace GrainMarketing.ApiHost.Hosting;

/// <summary>The reasons a request is refused, by field as the caller named it: every check adds to one collector, so a single 400 names every bad value.</summary>
/// <remarks><see cref="ThrowIfAny"/> hands them to the problem-details mapping.</remarks>
public sealed class ValidationErrors
{
    /// <summary>At most this many fields are named through <see cref="Add"/>; later ones are only counted.</summary>
    /// <remarks>A request with a problem in each of 100,000 records must not build, nor answer, 300,000 entries.</remarks>
    public const int MaxListed = 100;

    private readonly Dictionary<string, string[]> _reasons = new(StringComparer.Ordinal);
    private int _unlisted;

    public bool IsEmpty => Count == 0;

    /// <summary>How many fields are refused, named or only counted.</summary>
    public int Count => _reasons.Count + _unlisted;

    /// <summary>Whether a new field would only be counted: a caller can skip building its name.</summary>
    public bool IsFull => _reasons.Count >= MaxListed;

    public bool Contains(string field) => _reasons.ContainsKey(field);

    /// <summary>Refuses <paramref name="field"/> for <paramref name="reason"/>, replacing an earlier reason of that field; past <see cref="MaxListed"/> fields it is only counted.</summary>
    public void Add(string field, string reason)
    {
        if (IsFull && !_reasons.ContainsKey(field))
        {
            _unlisted++;
            return;
        }

        _reasons[field] = [reason];
    }

    /// <summary>Counts a refused field past <see cref="MaxListed"/> without naming it.</summary>
    public void CountUnlisted() => _unlisted++;

    /// <summary>Adds every field's reasons after the ones the field already has.</summary>
    public void Append(IReadOnlyDictionary<string, string[]> reasons)
    {
        foreach (var (field, more) in reasons)
        {
            _reasons[field] = [.. _reasons.GetValueOrDefault(field, []), .. more];
        }
    }

    /// <summary>Adds the reasons of each field in <paramref name="reasons"/> that has none yet.</summary>
    public void AddMissing(IReadOnlyDictionary<string, string[]> reasons)
    {
        foreach (var (field, more) in reasons)
        {
            _reasons.TryAdd(field, more);
        }
    }

    /// <summary>Withdraws every reason of <paramref name="field"/>.</summary>
    public void Remove(string field) => _reasons.Remove(field);

    /// <summary>The fields refused so far.</summary>
    public IEnumerable<string> Fields => _reasons.Keys;

    /// <summary>Replaces the reasons of each field in <paramref name="reasons"/> with those.</summary>
    public void Replace(IReadOnlyDictionary<string, string[]> reasons)
    {
        foreach (var (field, replacing) in reasons)
        {
            _reasons[field] = replacing;
        }
    }

    /// <summary>Throws the 400 naming every field added so far; does nothing when there is none.</summary>
    public void ThrowIfAny()
    {
        if (!IsEmpty)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]>(_reasons, StringComparer.Ordinal), Count);
        }
    }

    /// <summary>A collector that starts with the reasons a rule checker returned.</summary>
    public static ValidationErrors From(IReadOnlyDictionary<string, string[]> reasons)
    {
        var errors = new ValidationErrors();
        errors.Replace(reasons);
        return errors;
    }

    /// <summary>The 400 for a request with one bad field, to throw where nothing else can be wrong.</summary>
    public static ValidationFailedException Refusal(string field, string reason) =>
        new(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [reason] });
}
