namespace NewsText.Boilerplate;

/// <summary>How a byline was recognised, from most to least certain.</summary>
internal enum BylineCertainty : byte
{
    /// <summary>"By Jane Doe", "Liam Avatar", a lone "By".</summary>
    Marked,

    /// <summary>A name followed by a role, publisher or date: "Jane Doe | Staff Writer", "Laura June July 10, 2015".</summary>
    NameWithRole,

    /// <summary>Only a name: "Jane Doe".</summary>
    NameOnly,
}
