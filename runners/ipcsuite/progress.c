/* progress.c - the live line on a terminal: cases done/total, failures, elapsed time. */
#include "runner.h"

void progress_draw(struct progress *p)
{
	if (!p->on)
		return;
	int64_t s = (now_ms() - p->t0) / 1000;
	fprintf(p->f, "\r\033[K[%zu/%zu] %zu failing, %d:%02d%s%s", p->done, p->total, p->bad,
	        (int)(s / 60), (int)(s % 60), p->last ? "  last: " : "", p->last ? p->last : "");
	fflush(p->f);
	p->drawn = true;
	p->t_drawn = now_ms();
}

void progress_clear(struct progress *p)
{
	if (!p->on || !p->drawn)
		return;
	fputs("\r\033[K", p->f);
	fflush(p->f);
	p->drawn = false;
}
