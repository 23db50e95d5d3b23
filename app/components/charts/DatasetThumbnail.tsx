import { useEffect, useRef } from 'react';
import type { ProblemType } from '../../engine/dataset';
import { drawDatasetThumbnail } from '../../charts/datasetThumbnail';
import '../../styles/charts.css';

export interface DatasetThumbnailProps {
  /** n × dims raw inputs, row-major. */
  points: Float64Array;
  targets: Float64Array;
  dims: number;
  domain: [number, number][];
  problem: ProblemType;
  classes: number;
  targetDomain?: [number, number];
  /** Side in CSS px (default 48). */
  size?: number;
}

/** A small picture of a data set's points for the data-set picker (decorative: the picker names it). */
export function DatasetThumbnail(props: DatasetThumbnailProps) {
  const { points, targets, dims, domain, problem, classes, targetDomain } = props;
  const size = props.size ?? 48;
  const ref = useRef<SVGSVGElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    drawDatasetThumbnail(
      ref.current,
      { points, targets, dims, domain, problem, classes, targetDomain },
      size,
    );
  }, [points, targets, dims, domain, problem, classes, targetDomain, size]);
  return (
    <svg ref={ref} className="dataset-thumbnail" width={size} height={size} aria-hidden="true" />
  );
}
