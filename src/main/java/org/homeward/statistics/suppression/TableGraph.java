package org.homeward.statistics.suppression;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.PriorityQueue;

/**
 * A table with margins seen as a bipartite graph: one node per row (the row of column totals
 * included) and one per column (the column of row totals included), one edge per place of the
 * extended grid. Every node stands for one additive equation (a row, a column, or the totals
 * adding up to the grand total), so the hidden places whose values the published ones fix exactly
 * are the bridges of the graph of hidden places; a hidden place on a cycle can move along that
 * cycle without changing any published number.
 */
final class TableGraph {

    private final int rows;
    private final int columns;
    private final boolean[] hidden;

    TableGraph(int rows, int columns) {
        this.rows = rows;
        this.columns = columns;
        this.hidden = new boolean[(rows + 1) * (columns + 1)];
    }

    int edgeCount() {
        return hidden.length;
    }

    int edge(int row, int column) {
        return row * (columns + 1) + column;
    }

    int rowOf(int edge) {
        return edge / (columns + 1);
    }

    int columnOf(int edge) {
        return edge % (columns + 1);
    }

    private int nodeCount() {
        return rows + 1 + columns + 1;
    }

    private int rowNode(int edge) {
        return rowOf(edge);
    }

    private int columnNode(int edge) {
        return rows + 1 + columnOf(edge);
    }

    private int otherEnd(int edge, int node) {
        return node == rowNode(edge) ? columnNode(edge) : rowNode(edge);
    }

    void hide(int edge) {
        hidden[edge] = true;
    }

    boolean isHidden(int edge) {
        return hidden[edge];
    }

    /** The edges at a node: the places of one row or of one column of the extended grid. */
    private int[] edgesAt(int node) {
        if (node <= rows) {
            int[] edges = new int[columns + 1];
            for (int c = 0; c <= columns; c++) {
                edges[c] = edge(node, c);
            }
            return edges;
        }
        int column = node - rows - 1;
        int[] edges = new int[rows + 1];
        for (int r = 0; r <= rows; r++) {
            edges[r] = edge(r, column);
        }
        return edges;
    }

    /** For each node, the hidden edges at it: the only ones the searches for exposed edges walk along. */
    private int[][] hiddenAdjacency() {
        int[] degree = new int[nodeCount()];
        for (int edge = 0; edge < hidden.length; edge++) {
            if (hidden[edge]) {
                degree[rowNode(edge)]++;
                degree[columnNode(edge)]++;
            }
        }
        int[][] adjacency = new int[nodeCount()][];
        for (int node = 0; node < adjacency.length; node++) {
            adjacency[node] = new int[degree[node]];
        }
        int[] filled = new int[nodeCount()];
        for (int edge = 0; edge < hidden.length; edge++) {
            if (hidden[edge]) {
                adjacency[rowNode(edge)][filled[rowNode(edge)]++] = edge;
                adjacency[columnNode(edge)][filled[columnNode(edge)]++] = edge;
            }
        }
        return adjacency;
    }

    /** A hidden edge that no cycle of hidden edges passes through, or -1 when every hidden edge is on one. */
    int findExposedEdge() {
        int[][] adjacency = hiddenAdjacency();
        int nodes = nodeCount();
        int[] discovered = new int[nodes];
        int[] low = new int[nodes];
        Arrays.fill(discovered, -1);
        int time = 0;
        for (int start = 0; start < nodes; start++) {
            if (discovered[start] >= 0) {
                continue;
            }
            // Iterative depth-first search (tables can have thousands of rows): frames of node, parent edge, next
            // index.
            Deque<int[]> stack = new ArrayDeque<>();
            discovered[start] = low[start] = time++;
            stack.push(new int[] {start, -1, 0});
            while (!stack.isEmpty()) {
                int[] frame = stack.peek();
                int node = frame[0];
                int[] edges = adjacency[node];
                if (frame[2] < edges.length) {
                    int edge = edges[frame[2]++];
                    if (edge == frame[1]) {
                        continue;
                    }
                    int next = otherEnd(edge, node);
                    if (discovered[next] < 0) {
                        discovered[next] = low[next] = time++;
                        stack.push(new int[] {next, edge, 0});
                    } else {
                        low[node] = Math.min(low[node], discovered[next]);
                    }
                } else {
                    stack.pop();
                    if (frame[1] >= 0) {
                        int parent = otherEnd(frame[1], node);
                        low[parent] = Math.min(low[parent], low[node]);
                        if (low[node] > discovered[parent]) {
                            return frame[1];
                        }
                    }
                }
            }
        }
        return -1;
    }

    /**
     * The cheapest set of visible edges whose hiding puts the exposed edge on a cycle: a cheapest
     * path between the two sides the edge joins, where hidden edges cost nothing. Empty when none exists.
     */
    int[] cheapestCover(int exposed, long[] cost) {
        int nodes = nodeCount();
        int[][] adjacency = hiddenAdjacency();
        boolean[] sideA = reachableWithout(adjacency, rowNode(exposed), exposed);
        boolean[] sideB = reachableWithout(adjacency, columnNode(exposed), exposed);
        long[] distance = new long[nodes];
        int[] via = new int[nodes];
        Arrays.fill(distance, Long.MAX_VALUE);
        Arrays.fill(via, -1);
        PriorityQueue<long[]> queue = new PriorityQueue<>((x, y) -> Long.compare(x[0], y[0]));
        for (int node = 0; node < nodes; node++) {
            if (sideA[node]) {
                distance[node] = 0;
                queue.add(new long[] {0, node});
            }
        }
        while (!queue.isEmpty()) {
            long[] head = queue.poll();
            int node = (int) head[1];
            if (head[0] > distance[node]) {
                continue;
            }
            if (sideB[node]) {
                return pathTo(node, via, sideA);
            }
            for (int edge : edgesAt(node)) {
                if (edge == exposed) {
                    continue;
                }
                int next = otherEnd(edge, node);
                long step = hidden[edge] ? 0 : cost[edge];
                if (distance[node] + step < distance[next]) {
                    distance[next] = distance[node] + step;
                    via[next] = edge;
                    queue.add(new long[] {distance[next], next});
                }
            }
        }
        return new int[0];
    }

    private int[] pathTo(int node, int[] via, boolean[] sideA) {
        int[] path = new int[nodeCount()];
        int length = 0;
        int current = node;
        while (!sideA[current]) {
            int edge = via[current];
            if (!hidden[edge]) {
                path[length++] = edge;
            }
            current = otherEnd(edge, current);
        }
        return Arrays.copyOf(path, length);
    }

    private boolean[] reachableWithout(int[][] adjacency, int start, int excluded) {
        boolean[] seen = new boolean[nodeCount()];
        Deque<Integer> todo = new ArrayDeque<>();
        seen[start] = true;
        todo.push(start);
        while (!todo.isEmpty()) {
            int node = todo.pop();
            for (int edge : adjacency[node]) {
                if (edge != excluded) {
                    int next = otherEnd(edge, node);
                    if (!seen[next]) {
                        seen[next] = true;
                        todo.push(next);
                    }
                }
            }
        }
        return seen;
    }
}
