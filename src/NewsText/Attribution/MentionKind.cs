namespace NewsText.Attribution;

/// <summary>How a speaker is mentioned.</summary>
internal enum MentionKind : byte
{
    /// <summary>A name, possibly with a title: "Trump", "President Donald Trump".</summary>
    Name,

    /// <summary>"he", "she", "they", "we", "I".</summary>
    Pronoun,

    /// <summary>A person by role: "the spokesman", "a senior official".</summary>
    Nominal,

    /// <summary>An organisation or a group: "the White House", "officials", "sources".</summary>
    Group,
}
