namespace GrainMarketing.ApiHost.Ingestion.UserEvents;

/// <summary>One record's problems, written straight into the request's <see cref="RecordErrors"/>; allocates nothing for a valid record.</summary>
internal readonly struct Problems(RecordErrors errors, int index)
{
    private readonly int _before = errors.Count;

    public bool Any => errors.Count > _before;

    public string this[string field]
    {
        set => errors.Add(index, field, value);
    }
}
