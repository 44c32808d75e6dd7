namespace NewsText.Attribution;

/// <summary>
/// A person the article names in full, as spans of the input: their fullest name, its surname, and the title and
/// organisation it gives them (an empty span when it gives none).
/// </summary>
/// <remarks>
/// Spans, not strings: an article names a dozen people, and only the few that turn out to speak need their name,
/// title and organisation as strings, which <see cref="SpeakerDrafts"/> makes then.
/// </remarks>
internal struct Person
{
    public TextSpan FullName;

    /// <summary>The last word of the name the person was first named with, under which <see cref="NameIndex"/> keeps them.</summary>
    public TextSpan Surname;

    public TextSpan Title;

    public TextSpan Organization;

    /// <summary>The number of the next person whose surname hashes alike, in the order they were first named; or -1.</summary>
    public int NextWithSurnameHash;

    public readonly ReadOnlySpan<char> FullNameIn(string text) => text.AsSpan(FullName.Start, FullName.Length);

    public readonly ReadOnlySpan<char> SurnameIn(string text) => text.AsSpan(Surname.Start, Surname.Length);

    public readonly ReadOnlySpan<char> TitleIn(string text) => text.AsSpan(Title.Start, Title.Length);

    public readonly ReadOnlySpan<char> OrganizationIn(string text) => text.AsSpan(Organization.Start, Organization.Length);
}
