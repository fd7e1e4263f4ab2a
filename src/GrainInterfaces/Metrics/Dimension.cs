namespace GrainMarketing.Metrics;

/// <summary>A demographic or placement dimension of a <see cref="Breakdown"/>.</summary>
public enum Dimension
{
    Age,
    Gender,
    Country,
    Region,
    Interest,
    Placement,
}

/// <summary>A combination of dimensions, such as what one source can report together.</summary>
[Flags]
public enum Dimensions
{
    None = 0,
    Age = 1,
    Gender = 2,
    Country = 4,
    Region = 8,
    Interest = 16,
    Placement = 32,
}
