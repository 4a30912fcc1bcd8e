/* floor.c - the benchmark's floor: the cheapest program there is, linked
 * statically. Starting it is what fork + exec + wait cost on this machine. */
int main(void)
{
	return 0;
}
