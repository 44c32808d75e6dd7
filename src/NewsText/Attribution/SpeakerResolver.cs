using Microsoft.Extensions.Logging;
using NewsText.Logging;

namespace NewsText.Attribution;

/// <summary>
/// Turns mentions into speakers: a name to the fullest form the article gives it, "he" or "she" to the person named
/// last, "the mayor" to the person last named with a title that fits, a group to itself ("White House",
/// "officials"). What cannot be resolved keeps its mention and no name.
/// </summary>
internal sealed class SpeakerResolver(string text, NameIndex names, ILogger logger)
{
    private readonly Dictionary<string, SpeakerBuilder> _speakers = new(StringComparer.Ordinal);
    private readonly List<SpeakerBuilder> _order = [];

    public Quote Resolve(FoundQuote found, int index)
    {
        TextSegment? cue = found.Cue is TextSpan c ? new TextSegment(text, c) : null;
        QuoteSpeaker? speaker = null;
        if (found.Mention is Mention mention)
        {
            string? name = NameOf(mention, out Person? person);
            speaker = new QuoteSpeaker(name, new TextSegment(text, new TextSpan(mention.Start, mention.End - mention.Start)));
            if (name is not null)
            {
                Record(name, person, mention, index);
            }

            if (logger.IsEnabled(LogLevel.Debug))
            {
                Log.SpeakerChosen(logger, found.ContentStart, name ?? speaker.Mention.Text, found.Why);
            }
        }

        return new Quote(text, new TextSpan(found.ContentStart, found.ContentEnd - found.ContentStart), found.Kind, cue, speaker);
    }

    public List<Speaker> Speakers()
    {
        var speakers = new List<Speaker>(_order.Count);
        foreach (SpeakerBuilder builder in _order)
        {
            speakers.Add(builder.Build());
        }

        return speakers;
    }

    private string? NameOf(Mention mention, out Person? person)
    {
        person = null;
        ReadOnlySpan<char> words = mention.Name(text);
        switch (mention.Kind)
        {
            case MentionKind.Name:
                person = names.Resolve(words);
                return person?.FullName ?? words.ToString();
            case MentionKind.Pronoun:
                if (words.Equals("he", StringComparison.OrdinalIgnoreCase) || words.Equals("she", StringComparison.OrdinalIgnoreCase)
                    || words.Equals("I", StringComparison.Ordinal))
                {
                    person = names.LastNamedBefore(mention.Start);
                }

                return person?.FullName;
            case MentionKind.Group:
                return WithoutDeterminer(words).ToString();
            case MentionKind.Nominal when words.StartsWith("the ", StringComparison.OrdinalIgnoreCase):
                // "the mayor": only the definite article points back at someone already named.
                person = names.LastTitledBefore(mention.Start, words["the ".Length..]);
                return person?.FullName;
            default:
                return null;
        }
    }

    private static ReadOnlySpan<char> WithoutDeterminer(ReadOnlySpan<char> words)
    {
        int space = words.IndexOf(' ');
        return space > 0 && SpeakerWords.IsDeterminer(words[..space]) ? words[(space + 1)..] : words;
    }

    private void Record(string name, Person? person, Mention mention, int index)
    {
        if (!_speakers.TryGetValue(name, out SpeakerBuilder? builder))
        {
            builder = new SpeakerBuilder(name, person?.Title, person?.Organization);
            _speakers[name] = builder;
            _order.Add(builder);
        }

        builder.Quotes.Add(index);
        if (mention.Kind == MentionKind.Name)
        {
            string alias = text[mention.NameStart..mention.End];
            if (!alias.Equals(name, StringComparison.Ordinal) && !builder.Aliases.Contains(alias))
            {
                builder.Aliases.Add(alias);
            }
        }
    }

    private sealed class SpeakerBuilder(string name, string? title, string? organization)
    {
        public List<string> Aliases { get; } = [];

        public List<int> Quotes { get; } = [];

        public Speaker Build() => new(name, title, organization, Aliases, Quotes);
    }
}
