using NewsText.Attribution;

namespace NewsText.Tests.Attribution;

/// <summary>The speakers' tables give each speaker its quotes in order and its aliases once, and start blank for the next article.</summary>
public sealed class SpeakerDraftsTests
{
    [Fact]
    public void Builds_each_speaker_with_its_quotes_and_aliases()
    {
        SpeakerDrafts drafts = SpeakerDrafts.Rent();
        int brandt = drafts.Find("Elena Brandt");
        drafts.AddQuote(brandt, 0);
        drafts.AddAlias(brandt, "Elena Brandt");
        int officials = drafts.Find("officials");
        drafts.AddQuote(officials, 1);
        Assert.Equal(brandt, drafts.Find("Elena Brandt".AsSpan()));
        drafts.AddQuote(brandt, 2);
        drafts.AddAlias(brandt, "Brandt");
        drafts.AddQuote(brandt, 3);
        drafts.AddAlias(brandt, "Brandt");
        drafts.AddAlias(brandt, "Mayor Brandt");

        IReadOnlyList<Speaker> speakers = drafts.BuildAndReturn();

        Assert.Equal(2, speakers.Count);
        Assert.Equal("Elena Brandt", speakers[0].Name);
        Assert.Equal([0, 2, 3], speakers[0].Quotes);
        Assert.Equal(["Brandt", "Mayor Brandt"], speakers[0].Aliases);
        Assert.Equal("officials", speakers[1].Name);
        Assert.Equal([1], speakers[1].Quotes);
        Assert.Empty(speakers[1].Aliases);
    }

    [Fact]
    public void A_person_gives_the_speaker_their_title_and_organisation()
    {
        const string text = "Kremlin spokesperson Dmitry Peskov";
        var person = new Person { FullName = new TextSpan(21, 13), Title = new TextSpan(8, 12), Organization = new TextSpan(0, 7) };
        SpeakerDrafts drafts = SpeakerDrafts.Rent();
        drafts.AddQuote(drafts.Find(text, person), 0);
        Assert.Equal(0, drafts.Find("Dmitry Peskov"));

        Speaker speaker = Assert.Single(drafts.BuildAndReturn());

        Assert.Equal("Dmitry Peskov", speaker.Name);
        Assert.Equal(("spokesperson", "Kremlin"), (speaker.Title, speaker.Organization));
    }

    [Fact]
    public void The_next_article_on_the_thread_starts_from_blank_tables()
    {
        SpeakerDrafts first = SpeakerDrafts.Rent();
        first.AddQuote(first.Find("Trump"), 0);
        first.AddAlias(0, "Donald");
        _ = first.BuildAndReturn();

        SpeakerDrafts next = SpeakerDrafts.Rent();
        Assert.Same(first, next);
        Assert.Empty(next.BuildAndReturn());
        next = SpeakerDrafts.Rent();
        next.AddQuote(next.Find("Trump"), 4);

        Speaker speaker = Assert.Single(next.BuildAndReturn());
        Assert.Equal([4], speaker.Quotes);
        Assert.Empty(speaker.Aliases);
    }
}
