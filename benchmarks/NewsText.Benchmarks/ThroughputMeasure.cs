namespace NewsText.Benchmarks;

/// <summary>What a <see cref="ThroughputColumn"/> shows.</summary>
public enum ThroughputMeasure
{
    /// <summary>Megabytes of input text (UTF-16, two bytes a character) per second.</summary>
    Megabytes,

    /// <summary>Input texts (articles or pages) per second, the unit of the side-by-side with Readability.js.</summary>
    Pages,

    /// <summary>Bytes allocated per byte of input.</summary>
    Allocation,
}
