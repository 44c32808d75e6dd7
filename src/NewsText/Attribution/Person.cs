namespace NewsText.Attribution;

/// <summary>A person the article names in full, with the title and organisation it gives them.</summary>
internal sealed class Person(string fullName)
{
    public string FullName { get; set; } = fullName;

    public string? Title { get; set; }

    public string? Organization { get; set; }

    /// <summary>The next person the article names with the same surname, in the order they were first named.</summary>
    public Person? NextWithSurname { get; set; }

    /// <summary>The last person named with this one's surname (this one, when no other is).</summary>
    public Person LastWithSurname()
    {
        Person last = this;
        while (last.NextWithSurname is Person next)
        {
            last = next;
        }

        return last;
    }
}
