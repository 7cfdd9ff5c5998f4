"""The act on a bundled adilet page, for the scripts that print it: the page's `.slogan` block (the
title and status) and its <article>, nothing of the site around them."""


def act(path):
    page = open(path, encoding="utf-8").read()

    def block(start, end):
        i = page.index(start)
        return page[i:page.index(end, i) + len(end)]

    return block('<div class="container_alpha slogan">', '</div>'), block('<article>', '</article>')
